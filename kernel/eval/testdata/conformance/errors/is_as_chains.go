package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + ": not found" }

type Timeout struct{ Op string }

func (e Timeout) Error() string   { return e.Op + " timed out" }
func (e Timeout) Timeout() bool   { return true }
func (e Timeout) Is(t error) bool { return t == os.ErrDeadlineExceeded }

var ErrBase = errors.New("base failure")

func find(name string) error {
	if name == "" {
		return fmt.Errorf("find: %w", ErrBase)
	}
	return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &NotFound{name}))
}

func main() {
	err := find("cfg")
	fmt.Println(err)
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Name)
	}
	fmt.Println(errors.Is(find(""), ErrBase), errors.Is(err, ErrBase))
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	t := fmt.Errorf("op: %w", Timeout{"read"})
	fmt.Println(errors.Is(t, os.ErrDeadlineExceeded))
	var to Timeout
	fmt.Println(errors.As(t, &to), to.Op)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe))
	_, openErr := os.Open("/definitely/not/here")
	wrapped := fmt.Errorf("loading config: %w", openErr)
	fmt.Println(errors.As(wrapped, &pe), pe.Op, errors.Is(wrapped, fs.ErrNotExist))
	fmt.Println(errors.ErrUnsupported)
	target, ok := errors.AsType[*NotFound](err)
	fmt.Println(target.Name, ok)
}
