package main

import (
	"errors"
	"fmt"
	"strconv"
)

func percent(part, whole int) (pct int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		pct, err = -1, fmt.Errorf("percent(%d, %d): %v", part, whole, r)
	}()
	pct = part * 100 / whole
	return pct, nil
}

func double() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func order() (s string) {
	for i := range 3 {
		defer func() { s += strconv.Itoa(i) }()
	}
	return "start:"
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func(v int) { fmt.Println("closure arg", v, "x", x) }(x)
	x = 3
}

func rePanic() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("outer caught: %v", r)
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("re-panic(%v)", r))
			}
		}()
		panic("first")
	}()
	return nil
}

type cleanup struct{ log []string }

func (c *cleanup) close(name string) { c.log = append(c.log, "close "+name) }

func process(c *cleanup, fail bool) (err error) {
	c.log = append(c.log, "open a")
	defer c.close("a")
	c.log = append(c.log, "open b")
	defer c.close("b")
	defer func() {
		if err != nil {
			err = errors.Join(err, errors.New("rolled back"))
		}
	}()
	if fail {
		return errors.New("step failed")
	}
	return nil
}

func nilPanic() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("%T %v", r, r)
	}()
	panic(nil)
}

func main() {
	fmt.Println(percent(7, 20))
	fmt.Println(percent(7, 0))
	fmt.Println(double(), order())
	deferArgs()
	fmt.Println(rePanic())
	c := &cleanup{}
	fmt.Printf("%q\n", process(c, true).Error())
	fmt.Println(process(c, false), c.log)
	fmt.Println(nilPanic())
	fmt.Println(recover())
}
