package main

import (
	"fmt"
	"runtime"
)

// runtime.AddCleanup on the address of a variable of the running function
// (as runtime.ExampleAddCleanup does with &tempFile): the variable is dead
// after its last use, so the collector reclaims it and the cleanup runs
// while the function still runs. Variables used later keep their values.

type File struct {
	name   string
	closed bool
}

func (f *File) Name() string { return f.name }
func (f *File) Close() error { f.closed = true; return nil }

func main() {
	file := &File{name: "a.txt"}
	kept := &File{name: "kept.txt"}
	done := make(chan string)

	runtime.AddCleanup(&file, func(name string) {
		done <- "cleaned up " + name
	}, file.Name())

	if err := file.Close(); err != nil {
		fmt.Println("close:", err)
		return
	}

	runtime.GC()
	fmt.Println(<-done)
	fmt.Println(kept.Name(), kept.closed)
}
