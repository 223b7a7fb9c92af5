package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

type Command func(in io.Reader, out io.Writer, args []string) error

var commands = map[string]Command{}

func init() {
	commands["echo"] = func(_ io.Reader, out io.Writer, args []string) error {
		_, err := fmt.Fprintln(out, strings.Join(args, " "))
		return err
	}
	commands["cat"] = func(in io.Reader, out io.Writer, _ []string) error {
		_, err := io.Copy(out, in)
		return err
	}
	commands["upper"] = func(in io.Reader, out io.Writer, _ []string) error {
		b, err := io.ReadAll(in)
		if err != nil {
			return err
		}
		_, err = out.Write([]byte(strings.ToUpper(string(b))))
		return err
	}
	commands["sort"] = func(in io.Reader, out io.Writer, args []string) error {
		var lines []string
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		if len(args) > 0 && args[0] == "-n" {
			sort.Slice(lines, func(i, j int) bool {
				a, _ := strconv.Atoi(strings.Fields(lines[i])[0])
				b, _ := strconv.Atoi(strings.Fields(lines[j])[0])
				return a < b
			})
		} else {
			sort.Strings(lines)
		}
		for _, l := range lines {
			fmt.Fprintln(out, l)
		}
		return nil
	}
	commands["uniq"] = func(in io.Reader, out io.Writer, args []string) error {
		sc := bufio.NewScanner(in)
		prev, n, first := "", 0, true
		flush := func() {
			if first {
				return
			}
			if len(args) > 0 && args[0] == "-c" {
				fmt.Fprintf(out, "%d %s\n", n, prev)
			} else {
				fmt.Fprintln(out, prev)
			}
		}
		for sc.Scan() {
			if !first && sc.Text() == prev {
				n++
				continue
			}
			flush()
			prev, n, first = sc.Text(), 1, false
		}
		flush()
		return nil
	}
	commands["head"] = func(in io.Reader, out io.Writer, args []string) error {
		n := 10
		if len(args) > 0 {
			var err error
			if n, err = strconv.Atoi(args[0]); err != nil {
				io.Copy(io.Discard, in)
				return fmt.Errorf("head: %w", err)
			}
		}
		sc := bufio.NewScanner(in)
		for i := 0; i < n && sc.Scan(); i++ {
			fmt.Fprintln(out, sc.Text())
		}
		io.Copy(io.Discard, in)
		return nil
	}
	commands["wc"] = func(in io.Reader, out io.Writer, _ []string) error {
		b, _ := io.ReadAll(in)
		s := string(b)
		fmt.Fprintf(out, "%d %d %d\n", strings.Count(s, "\n"), len(strings.Fields(s)), len(s))
		return nil
	}
	commands["tr"] = func(in io.Reader, out io.Writer, args []string) error {
		if len(args) != 2 {
			io.Copy(io.Discard, in)
			return fmt.Errorf("tr: need 2 args")
		}
		b, _ := io.ReadAll(in)
		_, err := io.WriteString(out, strings.NewReplacer(args[0], args[1]).Replace(string(b)))
		return err
	}
}

func run(pipeline string, input string) (string, error) {
	var in io.Reader = strings.NewReader(input)
	stages := strings.Split(pipeline, "|")
	var errs []error
	var mu = make(chan struct{}, 1)
	done := make(chan struct{})
	for _, st := range stages {
		if f := strings.Fields(st); commands[f[0]] == nil {
			return "", fmt.Errorf("%s: command not found", f[0])
		}
	}
	var last io.Reader = in
	for i, st := range stages {
		f := strings.Fields(st)
		cmd, ok := commands[f[0]]
		if !ok {
			return "", fmt.Errorf("%s: command not found", f[0])
		}
		pr, pw := io.Pipe()
		src := last
		go func(idx int) {
			err := cmd(src, pw, f[1:])
			if err != nil {
				mu <- struct{}{}
				errs = append(errs, err)
				<-mu
			}
			pw.CloseWithError(err)
		}(i)
		last = pr
	}
	var sb strings.Builder
	go func() {
		io.Copy(&sb, last)
		close(done)
	}()
	<-done
	if len(errs) > 0 {
		return sb.String(), errs[0]
	}
	return sb.String(), nil
}

func main() {
	text := "banana\napple\ncherry\napple\nbanana\napple\n"
	for _, p := range []string{
		"cat | sort | uniq -c | sort -n",
		"cat | sort | uniq | upper",
		"echo hello world | tr o 0 | wc",
		"cat | head 2",
		"cat | head x",
		"cat | frobnicate",
		"cat | wc",
	} {
		out, err := run(p, text)
		fmt.Printf("$ %s\n%s", p, out)
		if err != nil {
			fmt.Println("error:", err)
		}
	}
}
