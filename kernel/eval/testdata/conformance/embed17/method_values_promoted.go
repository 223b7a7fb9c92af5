// Method values of promoted compiled methods bind the receiver when made.
package main

import (
	"bytes"
	"fmt"
	"time"
)

type Doc struct {
	*bytes.Buffer
	Name string
}

type Ev struct {
	time.Time
	N int
}

func main() {
	d := Doc{Buffer: new(bytes.Buffer)}
	write := d.WriteString
	write("one")
	d.Buffer = new(bytes.Buffer)
	write("two")
	fmt.Println(d.String())
	e := Ev{Time: time.Date(2010, 5, 6, 0, 0, 0, 0, time.UTC)}
	year := e.Year
	e.Time = e.AddDate(1, 0, 0)
	fmt.Println(year(), e.Year())
	fs := []func() int{e.Day, e.YearDay}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", write, year)
}
