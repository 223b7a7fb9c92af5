package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func whoCalled() string {
	_, file, line, ok := runtime.Caller(1)
	if !ok {
		return "unknown"
	}
	return fmt.Sprintf("%s:%d", filepath.Base(file), line)
}

func main() {
	fmt.Println(whoCalled())
	x := whoCalled()
	fmt.Println(x)
	for i := 0; i < 2; i++ {
		fmt.Println(i, whoCalled())
	}
}
