package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

const access = `10.0.0.1 GET /index.html 200 512
10.0.0.2 GET /about.html 200 1024
10.0.0.1 POST /login 302 0
10.0.0.3 GET /index.html 200 512
10.0.0.2 GET /missing 404 128
10.0.0.1 GET /index.html 304 0
10.0.0.4 GET /about.html 200 1024
10.0.0.3 DELETE /admin 403 64`

type Filter func(io.Reader, io.Writer) error

func grep(re *regexp.Regexp, invert bool) Filter {
	return func(r io.Reader, w io.Writer) error {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			if re.MatchString(sc.Text()) != invert {
				fmt.Fprintln(w, sc.Text())
			}
		}
		return sc.Err()
	}
}

func cut(fields ...int) Filter {
	return func(r io.Reader, w io.Writer) error {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			var out []string
			for _, i := range fields {
				if i-1 < len(f) {
					out = append(out, f[i-1])
				}
			}
			fmt.Fprintln(w, strings.Join(out, "\t"))
		}
		return sc.Err()
	}
}

func sortLines(r io.Reader, w io.Writer) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	sort.Strings(lines)
	_, err = io.WriteString(w, strings.Join(lines, "\n")+"\n")
	return err
}

func uniqC(r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	prev, n := "", 0
	flush := func() {
		if n > 0 {
			fmt.Fprintf(w, "%7d %s\n", n, prev)
		}
	}
	for sc.Scan() {
		if sc.Text() == prev {
			n++
			continue
		}
		flush()
		prev, n = sc.Text(), 1
	}
	flush()
	return sc.Err()
}

func pipeline(in string, fs ...Filter) (string, error) {
	var r io.Reader = strings.NewReader(in)
	for _, f := range fs {
		var sb strings.Builder
		if err := f(r, &sb); err != nil {
			return "", err
		}
		r = strings.NewReader(sb.String())
	}
	b, err := io.ReadAll(r)
	return string(b), err
}

func main() {
	out, _ := pipeline(access, grep(regexp.MustCompile(` GET `), false), cut(3), sortLines, uniqC)
	fmt.Print(out)
	fmt.Println("--")
	out, _ = pipeline(access, grep(regexp.MustCompile(` [23]\d\d `), true), cut(1, 4))
	fmt.Print(out)
	fmt.Println("--")
	out, _ = pipeline(access, cut(1), sortLines, uniqC, sortLines)
	fmt.Print(out)
}
