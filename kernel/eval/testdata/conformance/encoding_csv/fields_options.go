package main

import (
	"encoding/csv"
	"fmt"
	"strings"
)

func main() {
	r := csv.NewReader(strings.NewReader("a, b ,c\nd,e\n"))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		line, col := r.FieldPos(1)
		fmt.Printf("%q line=%d col=%d offset=%d\n", rec, line, col, r.InputOffset())
	}
	lazy := csv.NewReader(strings.NewReader(`a "quoted" field,b` + "\n"))
	lazy.LazyQuotes = true
	rec, err := lazy.Read()
	fmt.Printf("%q %v\n", rec, err)
	strict := csv.NewReader(strings.NewReader(`a "quoted" field,b` + "\n"))
	_, err = strict.Read()
	fmt.Println(err)
	reuse := csv.NewReader(strings.NewReader("1,2\n3,4\n"))
	reuse.ReuseRecord = true
	all := 0
	for {
		rec, err := reuse.Read()
		if err != nil {
			break
		}
		all += len(rec)
	}
	fmt.Println(all)
}
