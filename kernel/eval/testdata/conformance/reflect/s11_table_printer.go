// A table printer over slices of structs, with `table` tags for headers
// and formats, Stringer cells, nil pointers and embedded structs flattened,
// through text/tabwriter.
package main

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/tabwriter"
	"time"
)

type Status int

func (s Status) String() string {
	switch s {
	case 0:
		return "pending"
	case 1:
		return "done"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Owner struct {
	Login string `table:"owner"`
}

type Task struct {
	ID       int           `table:"#"`
	Title    string        `table:"title"`
	Status   Status        `table:"status"`
	Estimate time.Duration `table:"est"`
	Progress float64       `table:"progress,%.0f%%"`
	*Owner
	Notes    []string
	internal bool
}

func columns(t reflect.Type, prefix []int) (heads []string, paths [][]int, fmts []string) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		path := append(append([]int{}, prefix...), i)
		ft := f.Type
		if f.Anonymous {
			if ft.Kind() == reflect.Ptr {
				ft = ft.Elem()
			}
			h, p, fm := columns(ft, path)
			heads, paths, fmts = append(heads, h...), append(paths, p...), append(fmts, fm...)
			continue
		}
		name, format, _ := strings.Cut(f.Tag.Get("table"), ",")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if format == "" {
			format = "%v"
		}
		heads, paths, fmts = append(heads, name), append(paths, path), append(fmts, format)
	}
	return
}

func cell(v reflect.Value, path []int) (reflect.Value, bool) {
	for _, i := range path {
		if v.Kind() == reflect.Ptr {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, true
}

func printTable(rows any) {
	rv := reflect.ValueOf(rows)
	heads, paths, fmts := columns(rv.Type().Elem(), nil)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, strings.Join(heads, "\t"))
	for r := 0; r < rv.Len(); r++ {
		var cells []string
		for c, p := range paths {
			v, ok := cell(rv.Index(r), p)
			if !ok {
				cells = append(cells, "-")
				continue
			}
			cells = append(cells, fmt.Sprintf(fmts[c], v.Interface()))
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	w.Flush()
}

func main() {
	tasks := []Task{
		{1, "write docs", 0, 90 * time.Minute, 12.5, &Owner{"ann"}, []string{"draft"}, false},
		{2, "ship", 1, 0, 100, nil, nil, true},
		{3, "review", 7, 2 * time.Hour, 50, &Owner{"bob"}, []string{"a", "b"}, false},
	}
	printTable(tasks)
	h, p, _ := columns(reflect.TypeOf(Task{}), nil)
	fmt.Println(h, p)
}
