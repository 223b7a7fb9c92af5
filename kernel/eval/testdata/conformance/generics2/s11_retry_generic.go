// Generic helpers that public code writes around functions: Retry with
// a typed result, a Debounce-free Batcher, a generic middleware chain
// and a context-aware Do with a timeout result.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

var errTransient = errors.New("transient")

func Retry[T any](attempts int, f func(int) (T, error)) (T, error) {
	var errs []error
	for i := range attempts {
		v, err := f(i)
		if err == nil {
			return v, nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", i+1, err))
		if !errors.Is(err, errTransient) {
			break
		}
	}
	var zero T
	return zero, errors.Join(errs...)
}

type Handler[Req, Resp any] func(context.Context, Req) (Resp, error)

type Middleware[Req, Resp any] func(Handler[Req, Resp]) Handler[Req, Resp]

func Chain[Req, Resp any](h Handler[Req, Resp], ms ...Middleware[Req, Resp]) Handler[Req, Resp] {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging[Req, Resp any](log *[]string, name string) Middleware[Req, Resp] {
	return func(next Handler[Req, Resp]) Handler[Req, Resp] {
		return func(ctx context.Context, r Req) (Resp, error) {
			*log = append(*log, name+">")
			resp, err := next(ctx, r)
			*log = append(*log, "<"+name)
			return resp, err
		}
	}
}

type ctxKey struct{}

func Do[T any](ctx context.Context, f func(context.Context) T) (T, error) {
	if err := ctx.Err(); err != nil {
		var zero T
		return zero, fmt.Errorf("do: %w", err)
	}
	return f(ctx), nil
}

func main() {
	v, err := Retry(5, func(i int) (string, error) {
		if i < 2 {
			return "", errTransient
		}
		return fmt.Sprint("ok after ", i), nil
	})
	fmt.Println(v, err)
	_, err = Retry(3, func(i int) (int, error) {
		if i == 0 {
			return 0, errTransient
		}
		return 0, errors.New("fatal")
	})
	fmt.Println(strings.ReplaceAll(err.Error(), "\n", " | "), errors.Is(err, errTransient))

	var log []string
	upper := Handler[string, string](func(ctx context.Context, s string) (string, error) {
		return strings.ToUpper(s) + fmt.Sprint(ctx.Value(ctxKey{})), nil
	})
	h := Chain(upper, Logging[string, string](&log, "a"), Logging[string, string](&log, "b"))
	ctx := context.WithValue(context.Background(), ctxKey{}, "!")
	out, err := h(ctx, "hi")
	fmt.Println(out, err, log)

	cctx, cancel := context.WithCancel(context.Background())
	n, err := Do(cctx, func(context.Context) int { return 7 })
	fmt.Println(n, err)
	cancel()
	n, err = Do(cctx, func(context.Context) int { return 7 })
	fmt.Println(n, err, errors.Is(err, context.Canceled))
}
