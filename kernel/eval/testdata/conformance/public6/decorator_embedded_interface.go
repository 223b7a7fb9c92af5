package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, error)
	Set(key, val string) error
	Keys() []string
}

var ErrNotFound = errors.New("not found")

type memStore struct{ m map[string]string }

func (s *memStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
	}
	return v, nil
}
func (s *memStore) Set(k, v string) error { s.m[k] = v; return nil }
func (s *memStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// countingStore overrides Get only; Set and Keys are promoted.
type countingStore struct {
	Store
	gets, misses int
}

func (c *countingStore) Get(k string) (string, error) {
	c.gets++
	v, err := c.Store.Get(k)
	if errors.Is(err, ErrNotFound) {
		c.misses++
	}
	return v, err
}

// readOnly overrides Set.
type readOnly struct{ Store }

func (readOnly) Set(k, _ string) error { return fmt.Errorf("set %q: read-only", k) }

// prefixed rewrites keys.
type prefixed struct {
	Store
	prefix string
}

func (p prefixed) Get(k string) (string, error) { return p.Store.Get(p.prefix + k) }
func (p prefixed) Set(k, v string) error        { return p.Store.Set(p.prefix+k, v) }

type upper struct{ Store }

func (u upper) Get(k string) (string, error) {
	v, err := u.Store.Get(k)
	return strings.ToUpper(v), err
}

func main() {
	base := &memStore{m: map[string]string{}}
	cs := &countingStore{Store: base}
	var s Store = prefixed{upper{cs}, "app/"}
	s.Set("name", "gonotes")
	s.Set("lang", "go")
	for _, k := range []string{"name", "lang", "missing"} {
		v, err := s.Get(k)
		fmt.Printf("%s=%q err=%v\n", k, v, err)
	}
	fmt.Println(s.Keys(), cs.gets, cs.misses)

	ro := readOnly{s}
	fmt.Println(ro.Set("x", "y"))
	v, _ := ro.Get("name")
	fmt.Println(v, len(ro.Keys()))

	var stores = []Store{base, cs, s, ro}
	for _, st := range stores {
		_, err := st.Get("name")
		fmt.Printf("%T notfound=%t\n", st, errors.Is(err, ErrNotFound))
	}
	if p, ok := s.(prefixed); ok {
		if u, ok := p.Store.(upper); ok {
			fmt.Println("unwrapped to", fmt.Sprintf("%T", u.Store))
		}
	}
	var empty countingStore
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	empty.Keys()
}
