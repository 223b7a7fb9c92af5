package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNeg = errors.New("negative")

func parseAll(xs []string) (total int, err error) {
	for _, x := range xs {
		n, err := strconv.Atoi(x)
		if err != nil {
			return total, fmt.Errorf("bad %q: %w", x, err)
		}
		if n < 0 {
			err = ErrNeg
			_ = err
			continue
		}
		total += n
	}
	return
}

func process(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("process: %w", err)
		}
	}()
	if fail {
		err := errors.New("inner shadowed")
		_ = err
		return errors.New("returned explicitly")
	}
	return nil
}

type Conn struct{ closed bool }

func (c *Conn) Close() error {
	if c.closed {
		return errors.New("already closed")
	}
	c.closed = true
	return nil
}

func use() (err error) {
	c := &Conn{}
	defer func() {
		if cerr := c.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	c.Close()
	return nil
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "-5", "4"}))
	fmt.Println(parseAll([]string{"1", "x"}))
	fmt.Println(process(true))
	fmt.Println(process(false))
	fmt.Println(use())
	var x = 1
	if x := 2; x > 1 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	var result string
	if n, err := strconv.Atoi("42"); err == nil {
		result = fmt.Sprint("ok ", n)
	} else {
		result = err.Error()
	}
	fmt.Println(result)
	var err error
	for i := 0; i < 3; i++ {
		_, err := strconv.Atoi(fmt.Sprint(i))
		if err != nil {
			break
		}
	}
	fmt.Println("err after loop:", err)
	data := map[string]int{}
	if v, ok := data["k"]; !ok {
		v = 10
		data["k"] = v
	}
	fmt.Println(data)
	counter := 0
	inc := func() {
		counter := counter + 1
		_ = counter
	}
	inc()
	inc()
	fmt.Println("counter", counter)
}
