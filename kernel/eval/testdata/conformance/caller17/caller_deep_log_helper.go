package main

import (
	"bytes"
	"fmt"
	"log"
)

var buf bytes.Buffer
var lg = log.New(&buf, "", log.Lshortfile)

func logf(format string, args ...any) {
	lg.Output(2, fmt.Sprintf(format, args...))
}

type repo struct{ name string }

func (r *repo) save(id int) {
	logf("saving %s/%d", r.name, id)
}

func main() {
	r := &repo{name: "users"}
	for i := 1; i <= 2; i++ {
		r.save(i)
	}
	logf("done")
	fmt.Print(buf.String())
}
