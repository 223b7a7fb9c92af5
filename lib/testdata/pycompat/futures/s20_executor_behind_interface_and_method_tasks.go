package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

type Submitter interface {
	Submit(fn func() any) *futures.Future
	Shutdown(wait, cancelFutures bool)
}

type Store struct{ data map[string]int }

func (s *Store) Put(k string, v int) any {
	s.data[k] = v
	return k
}

func (s *Store) Get(k string) any {
	if v, ok := s.data[k]; ok {
		return v
	}
	return nil
}

func runAll(ex Submitter, calls []func() any) []*futures.Future {
	var fs []*futures.Future
	for _, c := range calls {
		fs = append(fs, ex.Submit(c))
	}
	return fs
}

func newExecutor(n int) Submitter { return &futures.ThreadPoolExecutor{MaxWorkers: n} }

func main() {
	s := &Store{data: map[string]int{}}
	ex := newExecutor(1)
	fs := runAll(ex, []func() any{
		func() any { return s.Put("a", 1) },
		func() any { return s.Put("b", 2) },
		func() any { return s.Get("a") },
		func() any { return s.Get("zz") },
	})
	var out []string
	for _, f := range fs {
		r, _ := f.Result()
		switch v := r.(type) {
		case string:
			out = append(out, "'"+v+"'")
		case nil:
			out = append(out, "None")
		default:
			out = append(out, fmt.Sprint(v))
		}
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	ex.Shutdown(true, false)
	var keys []string
	for k := range s.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var items []string
	for _, k := range keys {
		items = append(items, fmt.Sprintf("('%s', %d)", k, s.data[k]))
	}
	fmt.Println("[" + strings.Join(items, ", ") + "]")
}
