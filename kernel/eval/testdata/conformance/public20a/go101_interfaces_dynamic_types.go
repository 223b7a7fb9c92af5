package main

import (
	"fmt"
	"io"
	"strings"
)

type Speaker interface{ Speak() string }
type Walker interface{ Walk() string }
type SpeakWalker interface {
	Speaker
	Walker
}

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + ": woof" }
func (d Dog) Walk() string  { return d.name + " walks" }

type Robot struct{ id int }

func (r *Robot) Speak() string { return fmt.Sprintf("R%d: beep", r.id) }

type Loud struct{ Speaker }

func (l Loud) Speak() string { return strings.ToUpper(l.Speaker.Speak()) + "!" }

func describe(i interface{}) string {
	var parts []string
	if s, ok := i.(Speaker); ok {
		parts = append(parts, "speaks("+s.Speak()+")")
	}
	if w, ok := i.(Walker); ok {
		parts = append(parts, "walks("+w.Walk()+")")
	}
	if _, ok := i.(SpeakWalker); ok {
		parts = append(parts, "both")
	}
	if _, ok := i.(io.Reader); ok {
		parts = append(parts, "reader")
	}
	return fmt.Sprintf("%T: %s", i, strings.Join(parts, " "))
}

func main() {
	things := []interface{}{Dog{"rex"}, &Dog{"fido"}, Robot{1}, &Robot{2}, Loud{Dog{"max"}}, Loud{&Robot{3}}, strings.NewReader("x"), 42}
	for _, t := range things {
		fmt.Println(describe(t))
	}
	var s Speaker = Dog{"a"}
	var w Walker = s.(Walker)
	fmt.Println(w.Walk())
	sw := SpeakWalker(Dog{"b"})
	s = sw
	fmt.Println(s.Speak())
	var e interface{} = s
	_, isDog := e.(Dog)
	_, isPtr := e.(*Dog)
	fmt.Println(isDog, isPtr)
	speakers := map[Speaker]int{Dog{"x"}: 1, &Robot{9}: 2}
	fmt.Println(speakers[Dog{"x"}], len(speakers))
	var l Loud
	fmt.Println(l.Speaker == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(l.Speak())
	}()
	chain := Loud{Loud{Dog{"deep"}}}
	fmt.Println(chain.Speak())
	var r io.Reader = strings.NewReader("hello")
	if rs, ok := r.(io.ReadSeeker); ok {
		rs.Seek(2, io.SeekStart)
		b, _ := io.ReadAll(rs)
		fmt.Println(string(b))
	}
	var iw io.Writer
	fmt.Println(iw == nil, fmt.Sprintf("%v %T", iw, iw))
}
