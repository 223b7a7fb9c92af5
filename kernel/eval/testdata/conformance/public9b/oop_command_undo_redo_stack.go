package main

import (
	"fmt"
	"strings"
)

type Doc struct{ text []rune }

func (d *Doc) String() string { return string(d.text) }

type Command interface {
	Do(d *Doc)
	Undo(d *Doc)
	fmt.Stringer
}

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Do(d *Doc) {
	rs := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(rs, d.text[c.Pos:]...)...)
}
func (c Insert) Undo(d *Doc) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
}
func (c Insert) String() string { return fmt.Sprintf("insert(%d,%q)", c.Pos, c.Text) }

type Delete struct {
	Pos, N  int
	removed []rune
}

func (c *Delete) Do(d *Doc) {
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.N]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
}
func (c *Delete) Undo(d *Doc) {
	d.text = append(d.text[:c.Pos], append(append([]rune(nil), c.removed...), d.text[c.Pos:]...)...)
}
func (c *Delete) String() string { return fmt.Sprintf("delete(%d,%d)", c.Pos, c.N) }

type Editor struct {
	doc        Doc
	undo, redo []Command
}

func (e *Editor) Exec(c Command) {
	c.Do(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = e.redo[:0]
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Do(&e.doc)
	e.undo = append(e.undo, c)
	return true
}

func main() {
	e := &Editor{}
	e.Exec(Insert{0, "Hello"})
	e.Exec(Insert{5, ", wörld"})
	e.Exec(&Delete{Pos: 0, N: 1})
	e.Exec(Insert{0, "J"})
	fmt.Println(&e.doc, e.undo)
	for e.Undo() {
		fmt.Printf("undo -> %q\n", e.doc.String())
	}
	e.Redo()
	e.Redo()
	fmt.Println(&e.doc, len(e.undo), len(e.redo))
	e.Exec(Insert{len(e.doc.text), "!"})
	fmt.Println(&e.doc, e.Redo(), strings.Count(e.doc.String(), "l"))
	var names []string
	for _, c := range e.undo {
		names = append(names, c.String())
	}
	fmt.Println(strings.Join(names, " -> "))
}
