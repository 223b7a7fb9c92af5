package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	err := fmt.Errorf("wrapped: %w", &MyErr{7})
	if me, ok := errors.AsType[*MyErr](err); ok {
		fmt.Println("got", me.Code)
	}
	_, err = os.Open("/nonexistent/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path)
	}
	_, ok := errors.AsType[*MyErr](errors.New("plain"))
	fmt.Println(ok)
}
