package main

import (
	"errors"
	"fmt"
)

type Temp interface{ Temporary() bool }

type legacy struct{ msg string }

func (l legacy) Error() string { return l.msg }

// As turns a legacy error into a *modern one.
func (l legacy) As(target any) bool {
	if m, ok := target.(**modern); ok {
		*m = &modern{l.msg, true}
		return true
	}
	return false
}

type modern struct {
	msg  string
	temp bool
}

func (m *modern) Error() string   { return "modern " + m.msg }
func (m *modern) Temporary() bool { return m.temp }

func main() {
	err := fmt.Errorf("wrapped: %w", legacy{"old"})
	var m *modern
	fmt.Println(errors.As(err, &m), m.Error(), m.Temporary())
	var t Temp
	fmt.Println(errors.As(err, &t))
	err2 := fmt.Errorf("w: %w", &modern{"new", true})
	fmt.Println(errors.As(err2, &t), t.Temporary())
}
