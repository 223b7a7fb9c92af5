package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.ReadFile("/definitely/not/here")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}
	if _, ok := errors.AsType[interface {
		error
		Timeout() bool
	}](err); ok {
		fmt.Println("has Timeout")
	}
}
