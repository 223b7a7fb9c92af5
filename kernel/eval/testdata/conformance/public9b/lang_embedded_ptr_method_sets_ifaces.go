package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Buffer struct{ data []string }

func (b *Buffer) Write(p []byte) (int, error) {
	b.data = append(b.data, string(p))
	return len(p), nil
}
func (b *Buffer) String() string     { return strings.Join(b.data, "|") }
func (b *Buffer) Len() int           { return len(b.data) }
func (b *Buffer) Less(i, j int) bool { return b.data[i] < b.data[j] }
func (b *Buffer) Swap(i, j int)      { b.data[i], b.data[j] = b.data[j], b.data[i] }

type Tagged struct {
	*Buffer
	Tag string
}

type Fail struct{ msg string }

func (f *Fail) Error() string { return "fail: " + f.msg }

type Op struct {
	*Fail
	Step int
}

func run(step int) error {
	if step%2 == 1 {
		return Op{&Fail{fmt.Sprint("step ", step)}, step}
	}
	return nil
}

func main() {
	t := Tagged{&Buffer{}, "t1"}
	var w io.Writer = t
	fmt.Fprint(w, "zeta")
	fmt.Fprint(w, "alpha")
	io.WriteString(w, "mid")
	var s fmt.Stringer = t
	fmt.Println(s, t)
	sort.Sort(t)
	fmt.Println(t, t.Len(), sort.IsSorted(t))
	var all []error
	for i := range 4 {
		if err := run(i); err != nil {
			all = append(all, fmt.Errorf("run: %w", err))
		}
	}
	fmt.Println(errors.Join(all...))
	var op Op
	fmt.Println(errors.As(all[1], &op), op.Step, op.msg)
	x := any(t)
	switch v := x.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v.String())
	}
	_, isSort := x.(sort.Interface)
	_, isWriter := x.(io.Writer)
	fmt.Println(isSort, isWriter)
}
