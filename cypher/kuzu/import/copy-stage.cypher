COPY {table} FROM '{file}' (file_format = 'json', format = 'array')
