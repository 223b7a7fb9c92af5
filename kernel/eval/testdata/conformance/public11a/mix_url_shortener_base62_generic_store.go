package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func encode(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append(b, alphabet[n%62])
		n /= 62
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

var ErrBadCode = errors.New("bad short code")

func decode(s string) (uint64, error) {
	var n uint64
	for _, c := range s {
		i := strings.IndexRune(alphabet, c)
		if i < 0 {
			return 0, fmt.Errorf("decode %q: %w", s, ErrBadCode)
		}
		n = n*62 + uint64(i)
	}
	return n, nil
}

type Store[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func (s *Store[K, V]) Put(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[K]V{}
	}
	s.m[k] = v
}

func (s *Store[K, V]) Get(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

type Shortener struct {
	mu     sync.Mutex
	next   uint64
	urls   Store[uint64, string]
	byURL  Store[string, string]
	visits Store[string, *int]
}

func (s *Shortener) Shorten(url string) string {
	if code, ok := s.byURL.Get(url); ok {
		return code
	}
	s.mu.Lock()
	s.next += 1000
	id := s.next
	s.mu.Unlock()
	code := encode(id)
	s.urls.Put(id, url)
	s.byURL.Put(url, code)
	s.visits.Put(code, new(int))
	return code
}

func (s *Shortener) Resolve(code string) (string, error) {
	id, err := decode(code)
	if err != nil {
		return "", err
	}
	url, ok := s.urls.Get(id)
	if !ok {
		return "", fmt.Errorf("resolve %s: no such code", code)
	}
	if p, ok := s.visits.Get(code); ok {
		s.mu.Lock()
		*p++
		s.mu.Unlock()
	}
	return url, nil
}

func main() {
	for _, n := range []uint64{0, 61, 62, 3843, 3844, 1 << 40} {
		c := encode(n)
		back, _ := decode(c)
		fmt.Printf("%d -> %s -> %d\n", n, c, back)
	}
	var s Shortener
	a := s.Shorten("https://go.dev/doc/effective_go")
	b := s.Shorten("https://go.dev/ref/spec")
	fmt.Println(a, b, s.Shorten("https://go.dev/doc/effective_go") == a)
	var wg sync.WaitGroup
	for range 25 {
		wg.Add(1)
		go func() { defer wg.Done(); s.Resolve(b) }()
	}
	wg.Wait()
	url, err := s.Resolve(a)
	fmt.Println(url, err)
	n, _ := s.visits.Get(b)
	m, _ := s.visits.Get(a)
	fmt.Println("visits:", *n, *m)
	_, err = s.Resolve("zz!")
	fmt.Println(err, errors.Is(err, ErrBadCode))
	_, err = s.Resolve("zz")
	fmt.Println(err)
}
