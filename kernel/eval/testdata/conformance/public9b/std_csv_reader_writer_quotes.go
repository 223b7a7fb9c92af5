package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	in := `name,qty,"note"
apple,3,"crisp, red"
"ban""ana",12,
# comment line
cherry,7,"multi
line"
`
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	total := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		line, _ := r.FieldPos(0)
		fmt.Printf("line %d: %d fields %q\n", line, len(rec), rec)
		var n int
		if _, err := fmt.Sscan(rec[1], &n); err == nil {
			total += n
		}
	}
	fmt.Println("total", total)
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"a b", "c,d", `e"f`, "", " lead"})
	w.Comma = ';'
	w.Write([]string{"x;y", "z"})
	w.UseCRLF = true
	w.Write([]string{"crlf", "line\nbreak"})
	w.Flush()
	fmt.Printf("%q %v\n", sb.String(), w.Error())
	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err := bad.ReadAll()
	var pe *csv.ParseError
	fmt.Println(err, errors.As(err, &pe), errors.Is(err, csv.ErrFieldCount))
	lazy := csv.NewReader(strings.NewReader(`a,"b"c,d` + "\n"))
	_, err = lazy.Read()
	fmt.Println(err)
	lazy = csv.NewReader(strings.NewReader(`a,"b"c,d` + "\n"))
	lazy.LazyQuotes = true
	rec, err := lazy.Read()
	fmt.Printf("%q %v\n", rec, err)
}
