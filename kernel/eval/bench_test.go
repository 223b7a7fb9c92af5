package eval

import (
	"testing"

	"github.com/gonotes/gonotes/lib/hook"
)

// benchLoop measures an interpreted loop of 100,000 iterations (ns/op is
// per loop, divide by 1e5 for one iteration), with or without the
// interrupt check at the top of its body.
func benchLoop(b *testing.B, check bool) {
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Shutdown()
	s.noLoopCheck = !check
	scope := hook.NewScope(1, nil, nil)
	if _, err := s.Execute(bg, scope, "func sum(n int) int { t := 0; for i := 0; i < n; i++ { t += i }; return t }"); err != nil {
		b.Fatal(err)
	}
	f, err := s.Lookup("sum")
	if err != nil {
		b.Fatal(err)
	}
	sum := f.(func(int) int)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if sum(100000) != 4999950000 {
			b.Fatal("wrong sum")
		}
	}
}

func BenchmarkLoopWithCheck(b *testing.B)    { benchLoop(b, true) }
func BenchmarkLoopWithoutCheck(b *testing.B) { benchLoop(b, false) }

// BenchmarkExecute measures a trivial cell: split, compile, run, result.
func BenchmarkExecute(b *testing.B) {
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Shutdown()
	scope := hook.NewScope(1, nil, nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Execute(bg, scope, "1 + 2"); err != nil {
			b.Fatal(err)
		}
	}
}
