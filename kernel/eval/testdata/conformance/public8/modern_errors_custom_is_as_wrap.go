package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface{ Temporary() bool }

type NetErr struct {
	Op    string
	Retry bool
	Err   error
}

func (e *NetErr) Error() string   { return e.Op + ": " + e.Err.Error() }
func (e *NetErr) Unwrap() error   { return e.Err }
func (e *NetErr) Temporary() bool { return e.Retry }

var ErrTimeout = errors.New("timeout")

func fetch(key string) error {
	switch key {
	case "a":
		return nil
	case "b":
		return &NetErr{"dial", true, ErrTimeout}
	case "c":
		return fmt.Errorf("fetch %s: %w", key, NotFound{key})
	case "d":
		_, err := strconv.Atoi("d")
		return &NetErr{"parse", false, err}
	}
	return fmt.Errorf("fetch %s: %w", key, &NetErr{"read", false, fmt.Errorf("wrapped: %w", NotFound{"inner"})})
}

func classify(err error) string {
	var nf NotFound
	var tmp Temporary
	var ne *strconv.NumError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrTimeout):
		return "timeout"
	case errors.As(err, &ne):
		return "number error in " + ne.Func
	case errors.As(err, &nf):
		if errors.As(err, &tmp) {
			return fmt.Sprintf("missing %s (temporary=%v)", nf.Key, tmp.Temporary())
		}
		return "missing " + nf.Key
	}
	return "other"
}

func main() {
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		err := fetch(k)
		fmt.Printf("%s: %-35s | %v\n", k, classify(err), err)
	}
	err := fetch("b")
	var tmp Temporary
	fmt.Println(errors.As(err, &tmp), tmp.Temporary())
	fmt.Println(errors.Is(fetch("c"), NotFound{"c"}), errors.Is(fetch("c"), NotFound{"x"}))
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrTimeout))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Println(" ->", e)
	}
}
