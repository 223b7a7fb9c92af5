package main

import (
	"fmt"
	"io/fs"
	"os"
)

type Busy struct{ n int }

func (b Busy) Error() string { return fmt.Sprintf("busy %d", b.n) }

type S struct{ n int }

func (b S) String() string { return fmt.Sprintf("S %d", b.n) }

func main() {
	pe := &fs.PathError{Op: "open", Path: "/x", Err: Busy{2}}
	fmt.Println(pe)
	pe2 := fs.PathError{"a", "b", Busy{3}}
	fmt.Println(&pe2)
	var pe3 fs.PathError
	pe3.Err = Busy{4}
	fmt.Println(&pe3)
	le := &os.LinkError{Op: "link", Old: "a", New: "b", Err: Busy{0}}
	fmt.Println(le)
}
