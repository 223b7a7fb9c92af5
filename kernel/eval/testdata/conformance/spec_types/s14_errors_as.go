package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func find(k string) error {
	return fmt.Errorf("lookup: %w", &NotFound{k})
}

func main() {
	err := find("a")
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	var c Code
	fmt.Println(errors.As(err, &c))
	fmt.Println(errors.As(fmt.Errorf("x: %w", Code(7)), &c), c)
	var tmp Temporary
	fmt.Println(errors.As(fmt.Errorf("w: %w", tempErr{}), &tmp), tmp != nil && tmp.Temporary())
	fmt.Println(errors.As(err, &tmp))
	_, perr := os.Open("/nonexistent/typeident")
	var pe *fs.PathError
	fmt.Println(errors.As(perr, &pe), pe.Op)
	var numErr *strconv.NumError
	_, e2 := strconv.Atoi("zz")
	fmt.Println(errors.As(fmt.Errorf("parse: %w", e2), &numErr), numErr.Func)
	joined := errors.Join(errors.New("plain"), Code(3))
	var c2 Code
	fmt.Println(errors.As(joined, &c2), c2)
}
