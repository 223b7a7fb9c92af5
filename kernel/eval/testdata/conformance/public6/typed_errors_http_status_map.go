package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"strconv"
)

type NotFoundError struct{ Resource, ID string }

func (e NotFoundError) Error() string { return e.Resource + " " + e.ID + " not found" }

type ConflictError struct{ Reason string }

func (e *ConflictError) Error() string { return "conflict: " + e.Reason }

var ErrUnauthorized = errors.New("unauthorized")

func statusOf(err error) int {
	var nf NotFoundError
	var cf *ConflictError
	var ne *strconv.NumError
	switch {
	case err == nil:
		return http.StatusOK
	case errors.As(err, &nf), errors.Is(err, fs.ErrNotExist):
		return http.StatusNotFound
	case errors.As(err, &cf):
		return http.StatusConflict
	case errors.Is(err, ErrUnauthorized):
		return http.StatusUnauthorized
	case errors.As(err, &ne):
		return http.StatusBadRequest
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	default:
		return http.StatusInternalServerError
	}
}

func main() {
	_, statErr := os.Stat("/nonexistent/file/for/sure")
	_, numErr := strconv.Atoi("12a")
	ctx, cancel := context.WithTimeout(context.Background(), 0)
	defer cancel()
	<-ctx.Done()
	errs := []error{
		nil,
		NotFoundError{"user", "42"},
		fmt.Errorf("load profile: %w", NotFoundError{"profile", "7"}),
		&ConflictError{"version mismatch"},
		fmt.Errorf("auth: %w", ErrUnauthorized),
		fmt.Errorf("parse id: %w", numErr),
		fmt.Errorf("upstream: %w", ctx.Err()),
		statErr,
		errors.New("boom"),
		errors.Join(errors.New("a"), &ConflictError{"dup"}),
	}
	for _, err := range errs {
		code := statusOf(err)
		fmt.Printf("%d %-21s %v\n", code, http.StatusText(code), err)
	}
}
