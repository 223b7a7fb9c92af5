package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type Settings struct {
	Workers int
	Name    string
}

var parses atomic.Int32

func loader(raw string) func() (Settings, error) {
	return sync.OnceValues(func() (Settings, error) {
		parses.Add(1)
		var s Settings
		for _, kv := range strings.Split(raw, ";") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return s, fmt.Errorf("bad pair %q", kv)
			}
			switch k {
			case "workers":
				n, err := strconv.Atoi(v)
				if err != nil {
					return s, fmt.Errorf("workers: %w", err)
				}
				s.Workers = n
			case "name":
				s.Name = v
			}
		}
		return s, nil
	})
}

func main() {
	good := loader("workers=4;name=api")
	bad := loader("workers=four")
	var wg sync.WaitGroup
	results := make([]string, 6)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			get := good
			if i%2 == 1 {
				get = bad
			}
			s, err := get()
			results[i] = fmt.Sprintf("%+v %v", s, err)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	_, err := bad()
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Num, parses.Load())
}
