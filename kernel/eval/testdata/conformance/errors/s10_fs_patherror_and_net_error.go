package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
)

type Busy struct{ n int }

func (b Busy) Error() string   { return fmt.Sprintf("busy %d", b.n) }
func (b Busy) Timeout() bool   { return b.n > 1 }
func (b Busy) Temporary() bool { return true }
func (b Busy) String() string  { return "Busy!" }

func main() {
	pe := &fs.PathError{Op: "open", Path: "/x", Err: Busy{2}}
	fmt.Println(pe, errors.Is(pe, Busy{2}), errors.Is(pe, Busy{3}))
	var b Busy
	fmt.Println(errors.As(pe, &b), b.n)
	var ne net.Error
	fmt.Println(errors.As(pe, &ne), ne.Timeout(), ne)
	nes := []net.Error{Busy{1}, Busy{5}}
	for _, e := range nes {
		fmt.Println(e, e.Timeout(), e.Temporary())
	}
	fmt.Println(nes)
	le := &os.LinkError{Op: "link", Old: "a", New: "b", Err: Busy{0}}
	fmt.Printf("%v|%+v|%s\n", le, le.Err, le.Err)
	se := os.NewSyscallError("read", Busy{7})
	fmt.Println(se, errors.Unwrap(se) == Busy{7})
	var oe *net.OpError = &net.OpError{Op: "dial", Net: "tcp", Err: Busy{9}}
	fmt.Println(oe, oe.Timeout(), oe.Temporary())
}
