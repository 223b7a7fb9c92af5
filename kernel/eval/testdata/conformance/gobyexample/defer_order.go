package main

import "fmt"

type resource struct {
	name string
	log  *[]string
}

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name, log}
}

func (r *resource) Close() { *r.log = append(*r.log, "close "+r.name) }

func use(log *[]string) {
	a := open("a", log)
	defer a.Close()
	b := open("b", log)
	defer b.Close()
	*log = append(*log, "using")
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func main() {
	var log []string
	use(&log)
	fmt.Println(log)
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println(counter())
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	fmt.Println("x now:", x)
}
