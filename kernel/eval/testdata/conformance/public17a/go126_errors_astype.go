package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface {
	error
	Temporary() bool
}

type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Temporary() bool { return true }

func lookup(k string) error {
	return fmt.Errorf("lookup %q: %w", k, &NotFound{k})
}

func main() {
	err := lookup("x")
	if nf, ok := errors.AsType[*NotFound](err); ok {
		fmt.Println("key:", nf.Key)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok)
	_, err2 := os.Open("/definitely/not/here")
	if pe, ok := errors.AsType[*fs.PathError](err2); ok {
		fmt.Println(pe.Op, pe.Path)
	}
	j := errors.Join(errors.New("a"), fmt.Errorf("b: %w", netErr{}))
	if t, ok := errors.AsType[Temporary](j); ok {
		fmt.Println("temporary", t.Temporary())
	}
}
