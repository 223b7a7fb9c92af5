package main

import (
	"fmt"
	"strings"
)

type resource struct {
	name   string
	closed bool
	log    *[]string
}

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name: name, log: log}
}

func (r *resource) Close() error {
	if r.closed {
		return fmt.Errorf("%s already closed", r.name)
	}
	r.closed = true
	*r.log = append(*r.log, "close "+r.name)
	return nil
}

func work(log *[]string, fail bool) (err error) {
	a := open("a", log)
	defer func() {
		if cerr := a.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	b := open("b", log)
	defer b.Close()
	if fail {
		return fmt.Errorf("work failed")
	}
	*log = append(*log, "working")
	return a.Close()
}

func main() {
	var log []string
	fmt.Println(work(&log, false))
	fmt.Println(strings.Join(log, ", "))
	log = nil
	fmt.Println(work(&log, true))
	fmt.Println(strings.Join(log, ", "))
}
