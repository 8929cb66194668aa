export * from './commune-directory';
