package main

import (
	"errors"
	"fmt"
	"strings"
)

type Doc struct{ text []rune }

func (d *Doc) String() string { return string(d.text) }

type Command interface {
	Do(*Doc) error
	Undo(*Doc)
	fmt.Stringer
}

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Do(d *Doc) error {
	if c.Pos < 0 || c.Pos > len(d.text) {
		return fmt.Errorf("insert at %d: out of range [0,%d]", c.Pos, len(d.text))
	}
	d.text = append(d.text[:c.Pos], append([]rune(c.Text), d.text[c.Pos:]...)...)
	return nil
}
func (c Insert) Undo(d *Doc) {
	d.text = append(d.text[:c.Pos], d.text[c.Pos+len([]rune(c.Text)):]...)
}
func (c Insert) String() string { return fmt.Sprintf("insert(%d,%q)", c.Pos, c.Text) }

type Delete struct {
	Pos, N  int
	deleted []rune
}

func (c *Delete) Do(d *Doc) error {
	if c.Pos+c.N > len(d.text) {
		return errors.New("delete past end")
	}
	c.deleted = append([]rune(nil), d.text[c.Pos:c.Pos+c.N]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
	return nil
}
func (c *Delete) Undo(d *Doc) {
	d.text = append(d.text[:c.Pos], append(append([]rune(nil), c.deleted...), d.text[c.Pos:]...)...)
}
func (c *Delete) String() string { return fmt.Sprintf("delete(%d,%d)", c.Pos, c.N) }

type Editor struct {
	doc        Doc
	undo, redo []Command
}

func (e *Editor) Exec(c Command) error {
	if err := c.Do(&e.doc); err != nil {
		return fmt.Errorf("%v: %w", c, err)
	}
	e.undo = append(e.undo, c)
	e.redo = nil
	return nil
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
	var e Editor
	steps := []Command{Insert{0, "Hello"}, Insert{5, " World"}, &Delete{Pos: 0, N: 6}, Insert{0, "안녕 "}, Insert{99, "x"}, &Delete{Pos: 3, N: 50}}
	for _, c := range steps {
		if err := e.Exec(c); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-22v -> %q\n", c, e.doc.String())
	}
	for e.Undo() {
		fmt.Printf("undo -> %q\n", e.doc.String())
	}
	e.Redo()
	e.Redo()
	fmt.Printf("redo x2 -> %q (undo %d, redo %d)\n", e.doc.String(), len(e.undo), len(e.redo))
	e.Exec(Insert{0, ">> "})
	fmt.Println(e.Redo(), e.doc.String(), strings.Count(e.doc.String(), "o"))
}
