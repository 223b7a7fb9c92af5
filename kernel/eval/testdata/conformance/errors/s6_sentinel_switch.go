package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var (
	ErrEmpty   = errors.New("empty input")
	ErrTooLong = fmt.Errorf("too long (max %d)", 5)
)

type LineErr struct {
	Line int
	Err  error
}

func (e LineErr) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e LineErr) Unwrap() error { return e.Err }

func validate(lines []string) error {
	var errs []error
	for i, l := range lines {
		switch {
		case l == "":
			errs = append(errs, LineErr{i + 1, ErrEmpty})
		case len(l) > 5:
			errs = append(errs, LineErr{i + 1, ErrTooLong})
		}
	}
	return errors.Join(errs...)
}

func main() {
	err := validate([]string{"ok", "", "waytoolong", "fine", ""})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLong), errors.Is(err, io.EOF))
	var le LineErr
	fmt.Println(errors.As(err, &le), le.Line)
	fmt.Println(validate([]string{"a"}) == nil)
	r := strings.NewReader("")
	_, err = r.ReadByte()
	switch {
	case err == io.EOF:
		fmt.Println("eof by ==")
	}
	switch err {
	case io.ErrUnexpectedEOF:
		fmt.Println("unexpected")
	case io.EOF:
		fmt.Println("eof by switch")
	}
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), e1.Error() == e2.Error())
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("recovered", ok, err, errors.Is(err, ErrEmpty))
	}()
	panic(fmt.Errorf("fatal: %w", ErrEmpty))
}
