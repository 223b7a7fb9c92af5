package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strconv"
	"time"
)

func main() {
	_, err := strconv.Atoi("12a")
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)
	_, err = os.ReadFile("/definitely/missing/file.txt")
	var pathErr *fs.PathError
	fmt.Println(errors.As(err, &pathErr), pathErr.Op, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	_, err = url.Parse("http://[bad")
	var urlErr *url.Error
	fmt.Println(errors.As(err, &urlErr), urlErr.Op, urlErr.URL, urlErr.Err)
	var v struct{ N int }
	err = json.Unmarshal([]byte(`{"N":"str"}`), &v)
	var typeErr *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &typeErr), typeErr.Field, typeErr.Value, typeErr.Type)
	err = json.Unmarshal([]byte(`{"N":1`), &v)
	var synErr *json.SyntaxError
	fmt.Println(errors.As(err, &synErr), synErr.Offset, err, errors.Is(err, io.ErrUnexpectedEOF))
	_, err = time.Parse(time.DateOnly, "2024-02-31")
	var parseErr *time.ParseError
	fmt.Println(errors.As(err, &parseErr), parseErr.Value, err)
	wrapped := fmt.Errorf("load config: %w", fmt.Errorf("open: %w", &fs.PathError{Op: "open", Path: "cfg.json", Err: fs.ErrPermission}))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, fs.ErrPermission), errors.Is(wrapped, os.ErrPermission), os.IsPermission(errors.Unwrap(errors.Unwrap(wrapped))))
	var target *fs.PathError
	if errors.As(wrapped, &target) {
		fmt.Println(target.Path, target.Err)
	}
	j := errors.Join(io.EOF, io.ErrClosedPipe)
	fmt.Println(errors.Is(j, io.ErrClosedPipe), errors.Is(j, io.ErrShortWrite))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(io.EOF == io.EOF, errors.New("EOF") == io.EOF, errors.Is(fmt.Errorf("%w", io.EOF), io.EOF))
}
