package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(in []string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			sum = -1
		}
	}()
	defer func() {
		if err != nil {
			err = fmt.Errorf("parseAll(%d items): %w", len(in), err)
		}
	}()
	for i, s := range in {
		if s == "!" {
			panic("bang at " + strconv.Itoa(i))
		}
		n, e := strconv.Atoi(s)
		if e != nil {
			return sum, e
		}
		sum += n
	}
	return sum * 2, nil
}

func counter() (n int) {
	defer func() { n *= 10 }()
	for i := range 3 {
		defer func() { n += i }()
	}
	n = 1
	return n + 1
}

type closer struct {
	name string
	fail bool
	log  *[]string
}

func (c closer) Close() error {
	*c.log = append(*c.log, "close "+c.name)
	if c.fail {
		return errors.New(c.name + " close failed")
	}
	return nil
}

func useResources(log *[]string, failAt string) (err error) {
	for _, n := range []string{"a", "b", "c"} {
		c := closer{n, n == failAt, log}
		defer func() {
			if cerr := c.Close(); cerr != nil {
				err = errors.Join(err, cerr)
			}
		}()
	}
	if failAt == "b" {
		return errors.New("work failed")
	}
	return nil
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func(v int) { fmt.Println("param v =", v, "closure x =", x) }(x)
	x = 99
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	fmt.Println(parseAll([]string{"1", "x"}))
	fmt.Println(parseAll([]string{"1", "!"}))
	fmt.Println(counter())
	var log []string
	fmt.Printf("%q\n", useResources(&log, "b"))
	fmt.Println(log)
	log = nil
	fmt.Println(useResources(&log, ""), log)
	deferArgs()
	var e *strconv.NumError
	_, err := parseAll([]string{"9999999999999999999999"})
	fmt.Println(errors.As(err, &e), e.Func, e.Num, e.Err == strconv.ErrRange)
}
