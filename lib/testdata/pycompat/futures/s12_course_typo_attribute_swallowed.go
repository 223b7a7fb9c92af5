package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

type Store struct {
	attrs map[string]int
}

func (s *Store) update(n string) {
	v, ok := s.attrs["value"]
	if !ok {
		panic("AttributeError: 'Store' object has no attribute 'value'")
	}
	s.attrs["value"] = v + 1
}

func main() {
	store := &Store{attrs: map[string]int{"valud": 0}}
	executor := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, n := range []string{"First", "Second"} {
		fs = append(fs, executor.SubmitFunc(func() { store.update(n) }))
	}
	executor.Shutdown(true, false)
	_, has := store.attrs["value"]
	h := "False"
	if has {
		h = "True"
	}
	fmt.Println("no error shown; value attr exists:", h)
	var names []string
	for _, f := range fs {
		typ, _, _ := strings.Cut(f.Exception().Error(), ":")
		names = append(names, "'"+typ+"'")
	}
	fmt.Println("[" + strings.Join(names, ", ") + "]")
}
