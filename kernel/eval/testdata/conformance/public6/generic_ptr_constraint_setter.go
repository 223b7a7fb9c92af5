package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The "pointer method constraint" pattern: PT is *T and has a method.
type Setter[T any] interface {
	*T
	Set(string) error
}

type IntVal struct{ V int }

func (i *IntVal) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("IntVal: %w", err)
	}
	i.V = n
	return nil
}

type CSV struct{ Parts []string }

func (c *CSV) Set(s string) error {
	if s == "" {
		return errors.New("CSV: empty")
	}
	c.Parts = strings.Split(s, ",")
	return nil
}

type Bool bool

func (b *Bool) Set(s string) error {
	v, err := strconv.ParseBool(s)
	*b = Bool(v)
	return err
}

func ParseAll[T any, PT Setter[T]](in []string) ([]T, error) {
	out := make([]T, 0, len(in))
	var errs []error
	for i, s := range in {
		var v T
		if err := PT(&v).Set(s); err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", i, err))
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

func MustParse[T any, PT Setter[T]](s string) T {
	var v T
	if err := PT(&v).Set(s); err != nil {
		panic(err)
	}
	return v
}

func main() {
	ints, err := ParseAll[IntVal]([]string{"1", "x", "30"})
	fmt.Println(ints, err)
	csvs, err := ParseAll[CSV]([]string{"a,b", "", "c"})
	fmt.Println(csvs, err)
	bools, err := ParseAll[Bool]([]string{"true", "F", "1"})
	fmt.Println(bools, err)
	fmt.Println(MustParse[IntVal]("42").V, MustParse[CSV]("x,y,z").Parts)
	defer func() { fmt.Println("recovered:", recover()) }()
	MustParse[Bool]("maybe")
}
