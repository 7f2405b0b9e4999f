"""The model every stage shares: the Document (blocks, tables as logical grids, locations), findings
(Diagnostic, FileResult), the errors that stop a file or a run, and the value-class base."""
