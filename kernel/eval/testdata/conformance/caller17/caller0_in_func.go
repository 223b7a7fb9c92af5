package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func where() {
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(filepath.Base(file), line, ok)
}

func main() {
	where()
	where()
}
