// fmt's print functions called from interpreted code (s12-wrap: a fast
// caller for each, StdFast): no arguments, nil values, notebook types with
// String and Error methods, %T and %+v of notebook structs, %w wrapping,
// Fprintf to compiled writers and to a writer declared here, results used.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Point struct{ X, Y int }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type upper struct{ n int }

func (u *upper) Write(p []byte) (int, error) {
	u.n += len(p)
	fmt.Print(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	fmt.Println()
	fmt.Print()
	fmt.Printf("no verbs\n")
	fmt.Println(nil, []int(nil), map[string]int(nil))
	var np *Point
	var e error
	fmt.Println(np, e)
	fmt.Printf("%v %+v %T %#v\n", Point{1, 2}, Point{3, 4}, Point{}, Point{5, 6})
	fmt.Printf("%v %s %d %T\n", Temp(21.5), Temp(-3), 42, Temp(0))
	fmt.Println(Temp(1), &Point{7, 8}, []Temp{1, 2})
	s := fmt.Sprint("a", 1, 2, "b", Temp(3), nil)
	fmt.Println(s, len(s))
	fmt.Print(fmt.Sprintln("x", 1, true))
	err := fmt.Errorf("lookup %q: %w", "k", &NotFound{"k"})
	fmt.Println(err)
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key, errors.Unwrap(err) == error(nf))
	err2 := fmt.Errorf("plain %d", 3)
	fmt.Printf("%v %T\n", err2, err2)
	n, werr := fmt.Println("counted")
	fmt.Println(n, werr)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%03d|%-4s|%x", 7, "ab", 255)
	fmt.Fprintln(&sb, " end", Point{1, 1})
	fmt.Print(sb.String())
	var buf bytes.Buffer
	fmt.Fprint(&buf, "buf", 1, 2)
	fmt.Println(buf.String())
	u := &upper{}
	fmt.Fprintf(u, "to a notebook writer %v\n", Point{9, 9})
	fmt.Fprintln(u, "twice", Temp(2))
	fmt.Println(u.n)
	fmt.Fprintln(os.Stdout, "stdout", 1.5, 'x', "end")
	fmt.Fprintf(os.Stderr, "")
	args := []any{"spread", 1, Temp(4)}
	fmt.Println(args...)
	fmt.Printf("%s=%d %v\n", args...)
	for i := range 3 {
		fmt.Print(fmt.Sprintf("%d:%v ", i, Point{i, i * i}))
	}
	fmt.Println()
	fmt.Printf("%d %s\n", "wrong", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
}
