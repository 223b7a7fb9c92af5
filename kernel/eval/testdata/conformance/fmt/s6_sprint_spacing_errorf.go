package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T<%d>", t.n) }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, 'x', true, false))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1), fmt.Sprint(1, "x"), fmt.Sprint(T{1}, T{2}), fmt.Sprint(nil, nil))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")), fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprintln("a", 1, "b") + "|")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Fprint(os.Stdout, T{3}, 4, "\n")
	err := fmt.Errorf("code %d: %s (%v) %q", 7, "msg", T{9}, "quoted")
	fmt.Println(err)
	fmt.Printf("%v %s %x %q\n", T{4}, T{5}, T{6}, T{7})
	fmt.Printf("%d %v\n", T{8}, &T{9})
	s := fmt.Sprintf("%6.2v|%-6v|%06v", T{1}, T{2}, 3)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%v", []T{{1}, {2}}), fmt.Sprintf("%v", map[T]int{{1}: 1}))
	n, err := fmt.Printf("%s\n", "count me")
	fmt.Println(n, err)
	fmt.Println(fmt.Append([]byte("pre:"), 1, "a"), string(fmt.Appendf(nil, "%03d", 5)), string(fmt.Appendln(nil, "x", 2)))
}
