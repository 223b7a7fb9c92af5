package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

func main() {
	var buf bytes.Buffer
	es := []error{Both{1}, errors.New("plain")}
	fmt.Fprintln(&buf, es, es[0])
	fmt.Fprintf(&buf, "%v|%s|%q\n", es, es[0], es)
	var sb strings.Builder
	fmt.Fprint(&sb, []fmt.Stringer{Both{2}}, " ", struct{ E, F error }{Both{3}, nil})
	fmt.Print(buf.String(), sb.String(), "\n")
	s := fmt.Sprintln(map[string][]error{"a": {Both{4}}})
	fmt.Print(s)
	fmt.Println(fmt.Sprintf("%10v|%-10s|", es[0], []error{Both{5}}[0]))
	fmt.Println(fmt.Sprintf("%v", [][]fmt.Stringer{{Both{6}}, {}}))
	fmt.Println(fmt.Sprintf("%v", &struct{ S fmt.Stringer }{Both{7}}))
	fmt.Println(fmt.Sprintf("%v", []*struct{ E error }{{Both{8}}}[0]))
}
