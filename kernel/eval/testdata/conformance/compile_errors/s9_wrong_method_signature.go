// A type whose method has the interface's name but another signature does
// not implement the interface.
package main

import "fmt"

type Sizer interface{ Size() int64 }

type File struct{}

func (File) Size() int { return 1 }

func main() {
	var s Sizer = File{}
	fmt.Println(s.Size())
}
