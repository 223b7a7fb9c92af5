package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

type NotFoundError struct{ Key string }

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

type TempError struct {
	Op  string
	Err error
}

func (e TempError) Error() string   { return e.Op + ": " + e.Err.Error() }
func (e TempError) Unwrap() error   { return e.Err }
func (e TempError) Temporary() bool { return true }

var ErrQuota = errors.New("quota exceeded")

type quotaErr struct{ used int }

func (q quotaErr) Error() string        { return fmt.Sprintf("used %d", q.used) }
func (q quotaErr) Is(target error) bool { return target == ErrQuota }

func lookup(k string) error {
	if k == "" {
		return &NotFoundError{Key: "<empty>"}
	}
	if k == "q" {
		return TempError{"put", quotaErr{120}}
	}
	_, err := strconv.Atoi(k)
	if err != nil {
		return fmt.Errorf("lookup %q: %w", k, err)
	}
	return nil
}

func main() {
	for _, k := range []string{"", "q", "abc", "12"} {
		err := lookup(k)
		var nf *NotFoundError
		var te TempError
		var ne *strconv.NumError
		var tmp interface{ Temporary() bool }
		fmt.Printf("%q: %v | nf=%v te=%v ne=%v quota=%v syntax=%v tmp=%v\n", k, err,
			errors.As(err, &nf), errors.As(err, &te), errors.As(err, &ne),
			errors.Is(err, ErrQuota), errors.Is(err, strconv.ErrSyntax), errors.As(err, &tmp))
		if ne != nil {
			fmt.Println("  func", ne.Func, "num", ne.Num)
		}
	}
	j := errors.Join(io.EOF, nil, &NotFoundError{"x"}, fmt.Errorf("ctx: %w", fs.ErrNotExist))
	fmt.Printf("%v\n---\n", j)
	fmt.Println(errors.Is(j, io.EOF), errors.Is(j, fs.ErrNotExist), errors.Is(j, io.ErrUnexpectedEOF))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	two := fmt.Errorf("both: %w and %w", io.EOF, ErrQuota)
	fmt.Println(two, errors.Is(two, io.EOF), errors.Is(two, ErrQuota), errors.Unwrap(two) == nil)
	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	w := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &NotFoundError{"deep"}))
	for e := error(w); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	fmt.Printf("%v %+v %#v\n", ErrQuota, quotaErr{3}, quotaErr{3})
	var target *NotFoundError
	fmt.Println(errors.As(fmt.Errorf("wrap: %v", &NotFoundError{"v"}), &target))
	if t, ok := errors.AsType[*NotFoundError](w); ok {
		fmt.Println("AsType:", t.Key)
	}
}
