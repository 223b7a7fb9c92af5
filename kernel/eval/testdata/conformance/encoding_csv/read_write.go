package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := `first_name,last_name,username
"Rob","Pike",rob
Ken,Thompson,ken
"Robert","Griesemer","gri"
`
	r := csv.NewReader(strings.NewReader(in))
	for {
		record, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
		}
		fmt.Println(record, len(record))
	}
	r2 := csv.NewReader(strings.NewReader("a;b;c\n# comment\nd;\"e;f\";g\n"))
	r2.Comma = ';'
	r2.Comment = '#'
	records, err := r2.ReadAll()
	fmt.Printf("%q %v\n", records, err)
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err, errors.Is(err, csv.ErrFieldCount))
	var pe *csv.ParseError
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(errors.As(err, &pe), err)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "quote"})
	w.Write([]string{"Rob", `He said "go"`})
	w.Write([]string{"multi", "line\nvalue, with comma"})
	w.Flush()
	fmt.Println(w.Error())
	w2 := csv.NewWriter(os.Stdout)
	w2.Comma = '\t'
	w2.UseCRLF = false
	w2.WriteAll([][]string{{"x", "y"}, {"1", "2"}})
}
