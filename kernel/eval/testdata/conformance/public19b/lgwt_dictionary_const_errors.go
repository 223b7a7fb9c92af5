package main

import (
	"errors"
	"fmt"
)

const (
	ErrNotFound         = DictionaryErr("could not find the word you were looking for")
	ErrWordExists       = DictionaryErr("cannot add word because it already exists")
	ErrWordDoesNotExist = DictionaryErr("cannot perform operation on word because it does not exist")
)

type DictionaryErr string

func (e DictionaryErr) Error() string { return string(e) }

type Dictionary map[string]string

func (d Dictionary) Search(word string) (string, error) {
	def, ok := d[word]
	if !ok {
		return "", ErrNotFound
	}
	return def, nil
}

func (d Dictionary) Add(word, def string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		d[word] = def
	case nil:
		return ErrWordExists
	default:
		return err
	}
	return nil
}

func (d Dictionary) Update(word, def string) error {
	_, err := d.Search(word)
	switch {
	case errors.Is(err, ErrNotFound):
		return ErrWordDoesNotExist
	case err == nil:
		d[word] = def
	}
	return err
}

func (d Dictionary) Delete(word string) { delete(d, word) }

func main() {
	d := Dictionary{"test": "this is just a test"}
	fmt.Println(d.Search("test"))
	_, err := d.Search("unknown")
	fmt.Println(err, err == ErrNotFound)
	fmt.Println(d.Add("new", "a new word"), d.Add("new", "again"))
	fmt.Println(d.Update("new", "updated"), d.Update("ghost", "x"))
	fmt.Println(d)
	d.Delete("test")
	_, err = d.Search("test")
	fmt.Printf("%v %T %q\n", err, err, err)
	wrapped := fmt.Errorf("lookup: %w", ErrNotFound)
	fmt.Println(errors.Is(wrapped, ErrNotFound), wrapped == ErrNotFound)
	var de DictionaryErr
	fmt.Println(errors.As(wrapped, &de), de == ErrNotFound, len(de))
	const local = DictionaryErr("x")
	var e error = local
	fmt.Println(e == DictionaryErr("x"), e)
}
