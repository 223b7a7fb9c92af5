package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	s := threading.NewSemaphore(3)
	var out []string
	for i := 0; i < 4; i++ {
		out = append(out, py(s.TryAcquire()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	s.Release()
	func() {
		s.Acquire()
		defer s.Release()
		fmt.Println("inside with, another try:", py(s.TryAcquire()))
	}()
	a := s.TryAcquire()
	b := s.TryAcquire()
	fmt.Println("after with:", py(a), py(b))
	s.Release()
	func() {
		defer func() { recover() }()
		s.Acquire()
		defer s.Release()
		panic("KeyError: 'inside'")
	}()
	fmt.Println("released on exception:", py(s.TryAcquire()))
}
