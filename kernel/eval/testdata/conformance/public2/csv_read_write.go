package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

func main() {
	in := `first_name,last_name,username
"Rob","Pike",rob
Ken,Thompson,ken
"Robert","Griesemer","gri"
"Quote ""me""","multi
line",x
`
	r := csv.NewReader(strings.NewReader(in))
	for {
		record, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d %q\n", len(record), record)
	}
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"name", "note"})
	w.Write([]string{"a,b", `say "hi"`})
	w.Flush()
	fmt.Print(sb.String())
	r2 := csv.NewReader(strings.NewReader("a;b\n1;2\n"))
	r2.Comma = ';'
	all, err := r2.ReadAll()
	fmt.Println(all, err)
	_, err = csv.NewReader(strings.NewReader("a,\"b\n")).ReadAll()
	fmt.Println(err)
}
