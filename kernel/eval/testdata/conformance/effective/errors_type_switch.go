package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(s string) error {
	switch s {
	case "bad":
		return &SyntaxError{3, "unexpected token"}
	case "num":
		_, err := strconv.Atoi("x")
		return err
	case "file":
		_, err := os.Open("/nonexistent/file.txt")
		return err
	}
	return nil
}

func main() {
	for _, in := range []string{"ok", "bad", "num", "file"} {
		err := parse(in)
		switch e := err.(type) {
		case nil:
			fmt.Println(in, "ok")
		case *SyntaxError:
			fmt.Println(in, "syntax error at line", e.Line)
		case *strconv.NumError:
			fmt.Println(in, "number error:", e.Func, e.Err)
		case *fs.PathError:
			fmt.Println(in, "path error:", e.Op, errors.Is(e, fs.ErrNotExist))
		default:
			fmt.Println(in, "other", e)
		}
	}
}
